# case: scene-cut gate rescales features when the clip's max frame difference exceeds a threshold (tensor-valued if, both branches same shape) and suppresses padded frames with three-argument ops.where -> control flow on tensor but static shapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateConfig:
    def __init__(self, dim=16, cut_threshold=0.5, cut_gain=0.5):
        self.dim = dim
        self.cut_threshold = cut_threshold
        self.cut_gain = cut_gain


class SceneCutGate(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.dim, config.dim)
        self.cut_threshold = config.cut_threshold
        self.cut_gain = config.cut_gain

    def _max_jump(self, feats):
        return ops.abs(feats[:, 1:] - feats[:, :-1]).mean(axis=-1).max()

    def construct(self, frame_feats, frame_mask):
        h = self.proj(frame_feats)
        if self._max_jump(frame_feats) > self.cut_threshold:
            h = h * self.cut_gain
        else:
            h = h + 0.0
        valid = ops.broadcast_to(frame_mask[..., None], h.shape)
        h = ops.where(valid, h, ops.zeros_like(h))
        return h


def make():
    np.random.seed(133)
    feats = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    mask = Tensor(np.array([[1] * 8, [1] * 5 + [0] * 3], dtype=np.bool_))
    return SceneCutGate(GateConfig()), (feats, mask)
