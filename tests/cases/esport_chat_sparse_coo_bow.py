# case: toxicity model builds a sparse COO bag-of-words tensor of chat tokens inside construct and densifies it before a linear layer -> sparse COOTensor in construct, may fail or be dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseBowToxicity(nn.Cell):
    def __init__(self, vocab_size=50, num_msgs=4):
        super().__init__()
        self.vocab_size = vocab_size
        self.num_msgs = num_msgs
        self.fc = nn.Dense(vocab_size, 1)

    def construct(self, token_indices, token_counts):
        bow = COOTensor(token_indices, token_counts, (self.num_msgs, self.vocab_size))
        dense = bow.to_dense()
        return ops.sigmoid(self.fc(dense)).squeeze(-1)


def make():
    np.random.seed(13)
    idx = np.array([[0, 3], [0, 17], [1, 4], [2, 17], [2, 40], [3, 9]], dtype=np.int32)
    counts = np.array([1.0, 2.0, 1.0, 3.0, 1.0, 1.0], dtype=np.float32)
    return SparseBowToxicity(50, 4), (Tensor(idx), Tensor(counts))
