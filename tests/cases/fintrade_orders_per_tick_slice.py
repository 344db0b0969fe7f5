# case: each tick carries a padded order buffer plus an order count; the code slices orders[:n_orders] with n from the tensor -> dynamic shape / error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TickOrderFlow(nn.Cell):
    def __init__(self):
        super().__init__()

    def signed_volume(self, orders):
        side = orders[:, 0]
        qty = orders[:, 1]
        return (side * qty).sum()

    def construct(self, order_buf, n_orders):
        live = order_buf[:n_orders]
        ofi = self.signed_volume(live)
        total = live[:, 1].sum()
        return ofi / (total + 1e-6)


def make():
    np.random.seed(10)
    buf = np.zeros((16, 2), dtype=np.float32)
    buf[:, 0] = np.random.choice([-1.0, 1.0], size=16)
    buf[:, 1] = np.random.randint(1, 100, size=16)
    return TickOrderFlow(), (Tensor(buf), Tensor(9, ms.int32))
