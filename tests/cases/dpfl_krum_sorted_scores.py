# case: Krum robust aggregation scores clients with Python sorted() over tensor distances and picks the best via min() -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KrumAggregator(nn.Cell):
    """Selects the client update closest to its n - f - 2 nearest neighbours."""

    def __init__(self, num_clients=5, num_byzantine=1):
        super().__init__()
        self.num_clients = num_clients
        self.num_closest = num_clients - num_byzantine - 2

    def _score(self, updates, i):
        dists = []
        for j in range(self.num_clients):
            if j != i:
                diff = updates[i] - updates[j]
                dists.append((diff * diff).sum())
        closest = sorted(dists)[:self.num_closest]
        return sum(closest)

    def construct(self, updates):
        scores = [self._score(updates, i) for i in range(self.num_clients)]
        best = min(range(self.num_clients), key=lambda i: scores[i])
        return updates[best]


def make():
    np.random.seed(38)
    upd = Tensor(np.random.randn(5, 3).astype(np.float32))
    return KrumAggregator(), (upd,)
