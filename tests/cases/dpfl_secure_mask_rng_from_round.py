# case: secure-aggregation pairwise masks generated with a numpy RNG seeded from the round tensor -> compile error at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairwiseMasker(nn.Cell):
    """Client-side masking: add +mask for higher-id peers, -mask for lower-id peers."""

    def __init__(self, client_id=1, num_clients=3, dim=4):
        super().__init__()
        self.client_id = client_id
        self.num_clients = num_clients
        self.dim = dim

    def _pair_mask(self, round_idx, peer):
        lo, hi = min(self.client_id, peer), max(self.client_id, peer)
        rng = np.random.RandomState(int(round_idx) * 1000 + lo * 31 + hi)
        return Tensor(rng.randn(self.dim).astype(np.float32))

    def construct(self, update, round_idx):
        masked = update
        for peer in range(self.num_clients):
            if peer == self.client_id:
                continue
            m = self._pair_mask(round_idx, peer)
            if peer > self.client_id:
                masked = masked + m
            else:
                masked = masked - m
        return masked


def make():
    np.random.seed(5)
    upd = Tensor(np.random.randn(4).astype(np.float32))
    return PairwiseMasker(), (upd, Tensor(3, ms.int32))
