# case: rank the closest radar contacts with topk where k is the number of contacts inside the safety ring read via .item() -> k from data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


SAFETY_RING_NM = 3.0


def ranges_nm(xy):
    return ops.sqrt((xy * xy).sum(axis=-1))


class ContactRanker(nn.Cell):
    def __init__(self):
        super().__init__()
        self.threat = nn.Dense(2, 1)

    def construct(self, contacts_xy):
        rng = ranges_nm(contacts_xy)
        inside = (rng < SAFETY_RING_NM).astype(ms.int32).sum()
        k = inside.item()
        close_rng, order = ops.topk(-rng, k)
        picked = ops.gather(contacts_xy, order, 0)
        return self.threat(picked).sum() + close_rng.sum()


def make():
    np.random.seed(3041)
    xy = Tensor(np.random.uniform(-5.0, 5.0, size=(20, 2)).astype(np.float32))
    return ContactRanker(), (xy,)
