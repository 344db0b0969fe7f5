# case: prefix tuning with prefix length from config, reparameterised through an MLP, sliced with Python ints -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PrefixEncoder(nn.Cell):
    def __init__(self, max_prefix=8, dim=16, prefix_len=4, reparam=True):
        super().__init__()
        self.prefix_len = prefix_len
        self.reparam = reparam
        self.prefix_tokens = Parameter(Tensor(np.random.RandomState(1).randn(max_prefix, dim).astype(np.float32)),
                                       name="prefix_tokens")
        self.mlp = nn.SequentialCell([nn.Dense(dim, 2 * dim), nn.Tanh(), nn.Dense(2 * dim, dim)])

    def construct(self, batch):
        prefix = self.prefix_tokens[:self.prefix_len]
        if self.reparam:
            prefix = self.mlp(prefix)
        return ops.tile(prefix.expand_dims(0), (batch, 1, 1))


class PrefixCaptionModel(nn.Cell):
    def __init__(self, vocab_size=40, dim=16, prefix_len=4):
        super().__init__()
        self.prefix_encoder = PrefixEncoder(dim=dim, prefix_len=prefix_len)
        self.embed = nn.Embedding(vocab_size, dim)
        self.lm_head = nn.Dense(dim, vocab_size)
        self.prefix_len = prefix_len

    def construct(self, token_ids):
        prefix = self.prefix_encoder(token_ids.shape[0])
        h = ops.concat((prefix, self.embed(token_ids)), axis=1)
        logits = self.lm_head(h)
        return logits[:, self.prefix_len:, :]


def make():
    np.random.seed(26)
    net = PrefixCaptionModel()
    ids = Tensor(np.random.randint(0, 40, (2, 5)).astype(np.int32))
    return net, (ids,)
