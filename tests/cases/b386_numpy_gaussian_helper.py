# case: edge featuriser expands bond distances with a module-level NumPy Gaussian helper (np.exp on the tensor) called from construct -> NumPy applied to a tensor in Graph mode (rejected)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GAUSS_CENTERS = np.linspace(0.0, 6.0, 24).astype(np.float32)
GAUSS_WIDTH = 0.25


def gaussian_distance(d, centers=GAUSS_CENTERS, width=GAUSS_WIDTH):
    d = np.asarray(d)
    return np.exp(-((d[..., None] - centers) ** 2) / width ** 2)


class EdgeFeaturizer(nn.Cell):
    def __init__(self, edge_dim=32, dropout=0.0):
        super().__init__()
        self.lin = nn.Dense(len(GAUSS_CENTERS), edge_dim)
        self.dropout = nn.Dropout(p=dropout) if dropout > 0 else None

    def construct(self, dist):
        e = Tensor(gaussian_distance(dist), ms.float32)
        e = self.lin(e)
        if self.dropout is not None:
            e = self.dropout(e)
        return e


def make():
    np.random.seed(25)
    dist = Tensor(np.random.uniform(1.0, 6.0, size=(36,)).astype(np.float32))
    return EdgeFeaturizer(), (dist,)
