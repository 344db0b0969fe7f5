# case: item-kNN scoring where the title-title co-loan graph is held as an ms.CSRTensor and multiplied with a patron's loan vector -> sparse CSR op in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def build_coloan_csr(n_titles, seed):
    rng = np.random.RandomState(seed)
    dense = (rng.rand(n_titles, n_titles) > 0.85).astype(np.float32) * rng.rand(n_titles, n_titles)
    np.fill_diagonal(dense, 0.0)
    indptr = [0]
    indices, values = [], []
    for r in range(n_titles):
        nz = np.nonzero(dense[r])[0]
        indices.extend(nz.tolist())
        values.extend(dense[r, nz].tolist())
        indptr.append(len(indices))
    return (Tensor(np.array(indptr), ms.int32), Tensor(np.array(indices), ms.int32),
            Tensor(np.array(values, np.float32)))


class ItemKNN(nn.Cell):
    def __init__(self, n_titles=30):
        super().__init__()
        self.n_titles = n_titles
        self.indptr, self.indices, self.values = build_coloan_csr(n_titles, 7)

    def construct(self, loan_vector):
        graph = ms.CSRTensor(self.indptr, self.indices, self.values, (self.n_titles, self.n_titles))
        scores = graph.mv(loan_vector.reshape(-1, 1)).reshape(-1)
        return scores * (1.0 - loan_vector)


def make():
    np.random.seed(52)
    vec = (np.random.rand(30) > 0.7).astype(np.float32)
    return ItemKNN(), (Tensor(vec),)
