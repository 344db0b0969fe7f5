# case: clip aggregation wraps the concat of clip features in try/except to fall back to mean pooling -> error, try not supported in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeClipFusion(nn.Cell):
    def __init__(self, feat_dim=10):
        super().__init__()
        self.fuse = nn.Dense(feat_dim * 3, feat_dim)

    def construct(self, c1, c2, c3):
        try:
            fused = self.fuse(ops.cat((c1, c2, c3), axis=-1))
        except ValueError:
            fused = (c1 + c2 + c3) / 3
        return fused


def make():
    np.random.seed(15)
    c = [Tensor(np.random.randn(2, 10).astype(np.float32)) for _ in range(3)]
    return SafeClipFusion(), tuple(c)
