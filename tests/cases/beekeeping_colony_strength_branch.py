# case: colony strength model returns only the first four frame features for weak colonies (tensor-valued if) and all eight otherwise -> branches of different shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ColonyStrength(nn.Cell):
    def __init__(self, n_frames=8, weak_bees=8000.0):
        super().__init__()
        self.frame_embed = nn.Dense(n_frames, n_frames)
        self.weak_bees = weak_bees

    def construct(self, frame_cover, bee_estimate):
        feats = self.frame_embed(frame_cover)
        if bee_estimate.sum() < self.weak_bees:
            feats = feats[:, :4]
        return feats


def make():
    np.random.seed(91)
    cover = np.random.rand(2, 8).astype(np.float32)
    bees = np.array([3000.0, 2500.0], np.float32)
    return ColonyStrength(), (Tensor(cover), Tensor(bees))
