# case: rank the closest radar contacts with topk using a fixed watch size from the config -> constant k, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def ranges_nm(xy):
    return ops.sqrt((xy * xy).sum(axis=-1))


class ContactRanker(nn.Cell):
    def __init__(self, watch_size=5):
        super().__init__()
        self.watch_size = watch_size
        self.threat = nn.Dense(2, 1)

    def construct(self, contacts_xy):
        rng = ranges_nm(contacts_xy)
        k = min(self.watch_size, contacts_xy.shape[0])
        close_rng, order = ops.topk(-rng, k)
        picked = ops.gather(contacts_xy, order, 0)
        return self.threat(picked).sum() + close_rng.sum()


def make():
    np.random.seed(3042)
    xy = Tensor(np.random.uniform(-5.0, 5.0, size=(20, 2)).astype(np.float32))
    return ContactRanker(), (xy,)
