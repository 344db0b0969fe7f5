# case: approximate distance-to-lesion map by a constant number of max-pool dilations, used in a distance-weighted loss -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ApproxDistanceMap(nn.Cell):
    def __init__(self, max_dist=6):
        super().__init__()
        self.max_dist = max_dist
        self.pool = nn.MaxPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, mask):
        dist = ops.zeros_like(mask)
        grown = mask
        for _ in range(self.max_dist):
            nxt = self.pool(grown)
            dist = dist + (1.0 - nxt)
            grown = nxt
        return dist / self.max_dist


class DistancePenaltyLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dmap = ApproxDistanceMap()

    def construct(self, logits, target):
        probs = ops.sigmoid(logits)
        d = ops.stop_gradient(self.dmap(target))
        return (probs * d).mean()


def make():
    np.random.seed(41)
    lg = np.random.randn(1, 1, 16, 16).astype(np.float32)
    t = np.zeros((1, 1, 16, 16), dtype=np.float32)
    t[0, 0, 6:10, 6:10] = 1.0
    return DistancePenaltyLoss(), (Tensor(lg), Tensor(t))
