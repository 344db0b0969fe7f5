# case: per-column categorical embeddings sized from a vocab-size config, columns sliced by Python index and concatenated with numerics -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_VOCABS = {"country": 7, "device": 4, "plan": 3}


def embedding_dim_for(vocab_size, max_dim=6):
    """fast.ai-style rule of thumb for embedding width."""
    return int(min(max_dim, round(1.6 * vocab_size ** 0.56)))


class CategoricalEmbedder(nn.Cell):
    def __init__(self, vocab_sizes=None, n_numeric=3, dropout=0.1, d_out=8):
        super().__init__()
        vocab_sizes = vocab_sizes or DEFAULT_VOCABS
        self.columns = tuple(vocab_sizes.keys())
        dims = [embedding_dim_for(v) for v in vocab_sizes.values()]
        self.embeddings = nn.CellList(
            [nn.Embedding(v + 1, d) for v, d in zip(vocab_sizes.values(), dims)])  # +1: unknown id
        self.drop = nn.Dropout(p=dropout)
        self.head = nn.Dense(sum(dims) + n_numeric, d_out)

    def construct(self, x_cat, x_num):
        parts = []
        for i, emb in enumerate(self.embeddings):
            parts.append(emb(x_cat[:, i]))
        h = self.drop(ops.concat(parts, axis=1))
        return self.head(ops.concat((h, x_num), axis=1))


def make():
    np.random.seed(30)
    ms.set_seed(30)
    x_cat = Tensor(np.stack([np.random.randint(0, v, 6) for v in DEFAULT_VOCABS.values()], 1).astype(np.int32))
    x_num = Tensor(np.random.randn(6, 3).astype(np.float32))
    net = CategoricalEmbedder()
    net.set_train(False)
    return net, (x_cat, x_num)
