# case: colony strength model halves frame features for weak colonies under a tensor-valued if whose branches keep the same shape -> control flow, should compile
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
            feats = feats * 0.5
        else:
            feats = feats + 0.1
        return feats


def make():
    np.random.seed(92)
    cover = np.random.rand(2, 8).astype(np.float32)
    bees = np.array([3000.0, 2500.0], np.float32)
    return ColonyStrength(), (Tensor(cover), Tensor(bees))
