# case: split each scanned page into a fixed 2x3 grid of tiles with loops over Python-int ranges and score every tile for smudges -> constant-trip loops, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmudgeTileScorer(nn.Cell):
    def __init__(self, grid_rows=2, grid_cols=3):
        super().__init__()
        self.grid_rows = grid_rows
        self.grid_cols = grid_cols
        self.conv = nn.Conv2d(1, 8, 3, pad_mode="same")
        self.head = nn.Dense(8, 1)

    def tile_score(self, tile):
        f = ops.relu(self.conv(tile)).mean(axis=(2, 3))
        return ops.sigmoid(self.head(f))

    def construct(self, pages):
        n, _, h, w = pages.shape
        th, tw = h // self.grid_rows, w // self.grid_cols
        scores = []
        for r in range(self.grid_rows):
            for c in range(self.grid_cols):
                tile = pages[:, :, r * th:(r + 1) * th, c * tw:(c + 1) * tw]
                scores.append(self.tile_score(tile))
        grid = ops.concat(scores, axis=1)
        return grid, grid.max(axis=1)


def make():
    np.random.seed(94)
    pages = Tensor(np.random.rand(3, 1, 40, 36).astype(np.float32))
    return SmudgeTileScorer(), (pages,)
