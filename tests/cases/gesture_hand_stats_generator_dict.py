# case: builds a per-hand stats dict with a generator over hands whose presence (a tensor) passes a threshold, then returns the dict -> error or fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HandStatsReporter(nn.Cell):
    def __init__(self, presence_thr=0.5):
        super().__init__()
        self.presence_thr = presence_thr
        self.names = ("left", "right")

    def spread(self, hand):
        center = hand.mean(axis=1, keep_dims=True)
        return ops.sqrt(((hand - center) ** 2).sum(axis=-1)).mean()

    def construct(self, hands, presence):
        # hands: (2, T, 21, 3), presence: (2, T)
        visible = (name for i, name in enumerate(self.names)
                   if presence[i].mean() > self.presence_thr)
        stats = {}
        for name in visible:
            idx = self.names.index(name)
            stats[name] = self.spread(hands[idx])
        stats["num_hands"] = len(stats)
        return stats


def make():
    np.random.seed(42)
    hands = Tensor(np.random.randn(2, 6, 21, 3).astype(np.float32))
    pres = np.random.rand(2, 6).astype(np.float32)
    pres[0] += 0.5
    return HandStatsReporter(), (hands, Tensor(pres))
