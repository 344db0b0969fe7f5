# case: masked-marginal mutation score using one-hot wild-type and mutant residues and a fixed-length mutation mask multiplied in -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedMarginalScorer(nn.Cell):
    def __init__(self, vocab=25, d_model=16, mask_token=24):
        super().__init__()
        self.vocab = vocab
        self.mask_token = mask_token
        self.embed = nn.Embedding(vocab, d_model)
        self.head = nn.Dense(d_model, vocab)

    def construct(self, wt_tokens, mt_tokens):
        is_mut = wt_tokens != mt_tokens
        masked = ops.where(is_mut, ops.full_like(wt_tokens, self.mask_token), wt_tokens)
        logp = ops.log_softmax(self.head(self.embed(masked)), axis=-1)
        on, off = Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)
        wt_oh = ops.one_hot(wt_tokens, self.vocab, on, off)
        mt_oh = ops.one_hot(mt_tokens, self.vocab, on, off)
        delta = ((mt_oh - wt_oh) * logp).sum(axis=-1)
        return (delta * is_mut.astype(ms.float32)).sum(axis=-1)


def make():
    np.random.seed(12)
    wt = np.random.randint(4, 24, (3, 18)).astype(np.int32)
    mt = wt.copy()
    mt[:, 5] = (mt[:, 5] + 3) % 20 + 4
    return MaskedMarginalScorer(), (Tensor(wt), Tensor(mt))
