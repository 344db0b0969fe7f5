# case: secure aggregation with pre-shared mask parameters that cancel in the server sum -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MaskedSumServer(nn.Cell):
    def __init__(self, num_clients=4, dim=6, seed=11):
        super().__init__()
        rs = np.random.RandomState(seed)
        masks = rs.randn(num_clients, num_clients, dim).astype(np.float32)
        # antisymmetric: mask[i, j] = -mask[j, i]
        masks = masks - masks.transpose(1, 0, 2)
        self.pair_masks = Parameter(Tensor(masks), name="pair_masks", requires_grad=False)
        self.num_clients = num_clients

    def _mask_client(self, i, update):
        return update + self.pair_masks[i].sum(axis=0)

    def construct(self, client_updates):
        total = ops.zeros_like(client_updates[0])
        for i in range(self.num_clients):
            total = total + self._mask_client(i, client_updates[i])
        return total / self.num_clients


def make():
    np.random.seed(6)
    upd = Tensor(np.random.randn(4, 6).astype(np.float32))
    return MaskedSumServer(), (upd,)
