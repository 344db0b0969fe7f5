# case: prefix tuning picks how many learned prefix tokens to use from a tensor prefix_len input and slices the prefix bank -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PrefixBank(nn.Cell):
    def __init__(self, max_prefix=8, dim=16):
        super().__init__()
        self.prefix = Parameter(Tensor(np.random.RandomState(0).randn(max_prefix, dim).astype(np.float32) * 0.02),
                                name="prefix")

    def construct(self):
        return self.prefix


class PrefixTunedCaptionEncoder(nn.Cell):
    def __init__(self, vocab_size=40, dim=16, max_prefix=8):
        super().__init__()
        self.bank = PrefixBank(max_prefix, dim)
        self.embed = nn.Embedding(vocab_size, dim)
        self.enc = nn.Dense(dim, dim, activation="tanh")

    def build_prefix(self, batch, prefix_len):
        prefix = self.bank()[:prefix_len]
        return ops.broadcast_to(prefix.expand_dims(0), (batch, prefix.shape[0], prefix.shape[1]))

    def construct(self, token_ids, prefix_len):
        tok = self.embed(token_ids)
        prefix = self.build_prefix(token_ids.shape[0], prefix_len)
        h = self.enc(ops.concat((prefix, tok), axis=1))
        return h.mean(axis=1)


def make():
    np.random.seed(25)
    net = PrefixTunedCaptionEncoder()
    ids = Tensor(np.random.randint(0, 40, (2, 5)).astype(np.int32))
    return net, (ids, Tensor(3, ms.int32))
