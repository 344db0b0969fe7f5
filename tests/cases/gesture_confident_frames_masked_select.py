# case: keeps only frames whose hand-detector confidence exceeds a threshold with masked_select, then averages them -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidentFrameAverager(nn.Cell):
    def __init__(self, threshold=0.6, feat_dim=42):
        super().__init__()
        self.threshold = threshold
        self.feat_dim = feat_dim
        self.norm = nn.LayerNorm((feat_dim,))

    def construct(self, frames, confidence):
        t = frames.shape[0]
        flat = frames.reshape(t, self.feat_dim)
        keep = (confidence > self.threshold).reshape(t, 1)
        keep = ops.broadcast_to(keep, (t, self.feat_dim))
        selected = ops.masked_select(flat, keep).reshape(-1, self.feat_dim)
        avg = selected.mean(axis=0)
        return self.norm(avg.reshape(1, -1))


def make():
    np.random.seed(2)
    frames = Tensor(np.random.randn(20, 21, 2).astype(np.float32))
    conf = Tensor(np.random.rand(20).astype(np.float32))
    return ConfidentFrameAverager(), (frames, conf)
