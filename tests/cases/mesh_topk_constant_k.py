# case: select a fixed number of most confident keypoints per person with topk(k constant) and gather -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKeypointAlign(nn.Cell):
    """Align predicted and observed keypoints on the K most confident joints."""

    def __init__(self, k=6):
        super().__init__()
        self.k = k

    def construct(self, pred, obs, conf):
        # pred, obs: (P, J, 2), conf: (P, J)
        _, idx = ops.topk(conf, self.k)
        idx2 = ops.broadcast_to(idx.expand_dims(-1), (idx.shape[0], self.k, 2))
        p = ops.gather_elements(pred, 1, idx2)
        o = ops.gather_elements(obs, 1, idx2)
        shift = (o - p).mean(axis=1, keep_dims=True)
        return pred + shift


def make():
    np.random.seed(0)
    pred = Tensor(np.random.randn(3, 14, 2).astype(np.float32))
    obs = Tensor(np.random.randn(3, 14, 2).astype(np.float32))
    conf = Tensor(np.random.rand(3, 14).astype(np.float32))
    return TopKeypointAlign(), (pred, obs, conf)
