# case: tiled change scorer keeps the top-k most changed tiles, k = number of tiles above the change threshold (computed in a helper) -> top-k size from tensor values, expect Graph mode to reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_TILE = 8


class TileSelectConfig:
    def __init__(self, tile=DEFAULT_TILE, thresh=0.5, min_keep=1, return_scores=True):
        self.tile = tile
        self.thresh = thresh
        self.min_keep = min_keep
        self.return_scores = return_scores


def tile_scores(prob, tile):
    b, _, h, w = prob.shape
    t = prob.reshape(b, h // tile, tile, w // tile, tile)
    return t.mean(axis=(2, 4)).reshape(b, -1)


class ChangedTileSelector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.tile = config.tile
        self.thresh = config.thresh
        self.min_keep = getattr(config, "min_keep", 1)
        self.return_scores = config.return_scores

    def _num_keep(self, scores):
        n_above = (scores[0] > self.thresh).astype(ms.int32).sum()
        return max(int(n_above), self.min_keep)

    def construct(self, change_prob):
        scores = tile_scores(change_prob, self.tile)
        k = self._num_keep(scores)
        vals, idx = ops.topk(scores, k)
        outputs = (idx,)
        if self.return_scores:
            outputs = outputs + (vals,)
        return outputs


def make():
    np.random.seed(11)
    prob = Tensor(np.random.rand(2, 1, 32, 32).astype(np.float32))
    return ChangedTileSelector(TileSelectConfig()), (prob,)
