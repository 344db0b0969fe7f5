# case: redaction layer that prints an f-string report with the number of redacted tokens and the redaction ratio computed from tensors -> f-string formatting of tensor data in construct, error or unsupported in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerboseRedactor(nn.Cell):
    def __init__(self, vocab_size=50, hidden=8, verbose=True):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.verbose = verbose

    def construct(self, token_ids, sensitive):
        keep = 1.0 - sensitive.astype(ms.float32)
        emb = self.embed(token_ids) * keep.expand_dims(-1)
        if self.verbose:
            n_red = sensitive.astype(ms.int32).sum()
            ratio = n_red / token_ids.size
            print(f"redacted {n_red} tokens, ratio {ratio} of document")
        return emb


def make():
    np.random.seed(33)
    ids = Tensor(np.random.randint(0, 50, size=(16,)).astype(np.int32))
    sens = Tensor(np.random.rand(16) > 0.75)
    return VerboseRedactor(), (ids, sens)
