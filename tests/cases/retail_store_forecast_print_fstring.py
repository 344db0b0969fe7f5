# case: per-store forecaster prints an f-string with each store's predicted demand tensor while looping over stores in construct -> f-string formatting of tensor data inside construct in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StoreForecaster(nn.Cell):
    def __init__(self, num_stores=3, history=8, verbose=True):
        super().__init__()
        self.num_stores = num_stores
        self.verbose = verbose
        self.head = nn.Dense(history, 1)

    def construct(self, sales):
        preds = self.head(sales).squeeze(-1)
        if self.verbose:
            for s in range(self.num_stores):
                print(f"store {s}: predicted demand {preds[s]}")
        return preds


def make():
    np.random.seed(32)
    sales = Tensor(np.random.uniform(5, 25, size=(3, 8)).astype(np.float32))
    return StoreForecaster(), (sales,)
