# case: padded order buffer with an order count turned into a fixed-length validity mask via arange of the buffer length -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedOrderFlow(nn.Cell):
    def __init__(self, max_orders=16):
        super().__init__()
        self.max_orders = max_orders
        self.slots = Tensor(np.arange(max_orders), ms.int32)

    def valid_mask(self, n_orders):
        return (self.slots < n_orders.reshape(-1, 1)).astype(ms.float32)

    def construct(self, order_buf, n_orders):
        mask = self.valid_mask(n_orders)
        side = order_buf[:, :, 0]
        qty = order_buf[:, :, 1] * mask
        ofi = (side * qty).sum(axis=1) / (qty.sum(axis=1) + 1e-6)
        return ofi


def make():
    np.random.seed(11)
    buf = np.zeros((5, 16, 2), dtype=np.float32)
    buf[:, :, 0] = np.random.choice([-1.0, 1.0], size=(5, 16))
    buf[:, :, 1] = np.random.randint(1, 100, size=(5, 16))
    counts = np.random.randint(1, 17, size=(5,)).astype(np.int32)
    return PaddedOrderFlow(max_orders=16), (Tensor(buf), Tensor(counts))
