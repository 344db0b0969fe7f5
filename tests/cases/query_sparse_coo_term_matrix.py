# case: build a sparse COO term-frequency vector for the query inside construct and multiply by a dense term-to-category matrix -> sparse tensor construction in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, COOTensor


class SparseBowClassifier(nn.Cell):
    def __init__(self, vocab=50, num_cats=5):
        super().__init__()
        self.vocab = vocab
        w = np.random.randn(vocab, num_cats).astype(np.float32) * 0.1
        self.term_cat = Parameter(Tensor(w), name="term_cat")

    def construct(self, term_ids, term_counts):
        n = term_ids.shape[0]
        rows = ops.zeros((n, 1), ms.int32)
        indices = ops.concat((rows, term_ids.reshape(n, 1)), axis=1)
        bow = COOTensor(indices, term_counts, (1, self.vocab))
        logits = ops.SparseTensorDenseMatmul()(bow.indices, bow.values, bow.shape, self.term_cat)
        return ops.softmax(logits, axis=-1)


def make():
    np.random.seed(15)
    ids = np.array([3, 11, 27, 40], dtype=np.int32)
    counts = np.array([1.0, 2.0, 1.0, 1.0], dtype=np.float32)
    return SparseBowClassifier(), (Tensor(ids), Tensor(counts))
