# case: point-based refinement that takes the top-k uncertain points with k fixed in the constructor and writes refined values back with scatter -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedKPointRefiner(nn.Cell):
    def __init__(self, channels=8, num_points=16):
        super().__init__()
        self.k = num_points
        self.mlp = nn.SequentialCell(nn.Dense(channels + 1, 16), nn.ReLU(), nn.Dense(16, 1))

    def construct(self, alpha_logits, features):
        b, c, h, w = features.shape
        prob = ops.sigmoid(alpha_logits).reshape(b, h * w)
        scores = -ops.abs(prob - 0.5)
        _, idx = ops.topk(scores, self.k)
        feat = ops.gather_elements(features.reshape(b, c, h * w), 2,
                                   ops.broadcast_to(idx.reshape(b, 1, self.k), (b, c, self.k)))
        coarse = ops.gather_elements(alpha_logits.reshape(b, h * w), 1, idx)
        x = ops.concat((feat, coarse.reshape(b, 1, self.k)), 1).transpose(0, 2, 1)
        new_vals = self.mlp(x).reshape(b, self.k)
        out = ops.tensor_scatter_elements(alpha_logits.reshape(b, h * w), idx, new_vals, axis=1)
        return out.reshape(b, 1, h, w)


def make():
    np.random.seed(22)
    logits = Tensor(np.random.randn(2, 1, 12, 12).astype(np.float32))
    feats = Tensor(np.random.randn(2, 8, 12, 12).astype(np.float32))
    return FixedKPointRefiner(), (logits, feats)
