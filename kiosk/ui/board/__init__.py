"""The wall board: today's urgent orders (今日急单) on the market's big screen, paged, current and never black."""
