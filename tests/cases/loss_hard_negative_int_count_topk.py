# case: hard-negative mining with k = min(int(num_pos) * ratio, N - 1) fed to ops.topk; expect dynamic at LAX, error at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MineNegatives(nn.Cell):
    def __init__(self, ratio=3):
        super().__init__()
        self.ratio = ratio

    def construct(self, conf_loss, labels):
        pos = labels > 0
        num_pos = int(pos.sum())
        k = min(num_pos * self.ratio, conf_loss.shape[0] - 1)
        neg = ops.masked_fill(conf_loss, pos, 0.0)
        hard, _ = ops.topk(neg, k)
        pos_loss = ops.masked_fill(conf_loss, ops.logical_not(pos), 0.0).sum()
        return (pos_loss + hard.sum()) / max(num_pos, 1)


def make():
    conf = Tensor(np.random.rand(64).astype(np.float32))
    labels = np.zeros((64,), np.int32)
    labels[:5] = 1
    return MineNegatives(), (conf, Tensor(labels))
