# case: protein language model input crop: slice to self.max_len (config int) when the padded length is longer -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CroppedProteinLM(nn.Cell):
    def __init__(self, vocab=25, dim=16, max_len=8, crop_start=0):
        super().__init__()
        self.max_len = max_len
        self.crop_start = crop_start
        self.embed = nn.Embedding(vocab, dim)
        self.pos = ms.Parameter(Tensor(np.zeros((1, max_len, dim), np.float32)), name="pos")
        self.lm_head = nn.Dense(dim, vocab)

    def crop(self, tokens):
        length = tokens.shape[1]
        if length > self.max_len:
            end = self.crop_start + self.max_len
            tokens = tokens[:, self.crop_start:end]
        return tokens

    def construct(self, tokens):
        tokens = self.crop(tokens)
        n = tokens.shape[1]
        h = self.embed(tokens) + self.pos[:, :n]
        return self.lm_head(ops.gelu(h))


def make():
    np.random.seed(30)
    tok = Tensor(np.random.randint(0, 25, size=(2, 11)).astype(np.int32))
    return CroppedProteinLM(), (tok,)
