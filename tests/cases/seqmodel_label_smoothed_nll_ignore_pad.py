# case: label-smoothed seq2seq loss over the tied-projection logits, pad positions zeroed with where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LabelSmoothedCrossEntropy(nn.Cell):
    def __init__(self, epsilon=0.1, ignore_index=0, reduce_mean=True):
        super().__init__()
        self.epsilon = epsilon
        self.ignore_index = ignore_index
        self.reduce_mean = reduce_mean

    def construct(self, logits, target):
        lprobs = ops.log_softmax(logits, axis=-1)
        vocab = lprobs.shape[-1]
        pad = target == self.ignore_index
        nll = -ops.gather_elements(lprobs, -1, target.expand_dims(-1)).squeeze(-1)
        smooth = -lprobs.sum(-1)
        nll = ops.where(pad, ops.zeros_like(nll), nll)
        smooth = ops.where(pad, ops.zeros_like(smooth), smooth)
        eps_i = self.epsilon / (vocab - 1)
        loss = (1.0 - self.epsilon - eps_i) * nll + eps_i * smooth
        if self.reduce_mean:
            ntok = (~pad).astype(ms.float32).sum()
            return loss.sum() / ops.maximum(ntok, ops.ones_like(ntok))
        return loss.sum()


class Seq2SeqLossWrapper(nn.Cell):
    def __init__(self, vocab_size=20, hidden=8):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.dec = nn.Dense(hidden, hidden, activation="tanh")
        self.criterion = LabelSmoothedCrossEntropy()

    def construct(self, prev_output_tokens, target):
        h = self.dec(self.embed(prev_output_tokens))
        logits = ops.matmul(h, self.embed.embedding_table.T)
        return self.criterion(logits, target)


def make():
    np.random.seed(34)
    prev = Tensor(np.random.randint(1, 20, size=(2, 5)).astype(np.int32))
    tgt = np.random.randint(1, 20, size=(2, 5)).astype(np.int32)
    tgt[1, 3:] = 0
    return Seq2SeqLossWrapper(), (prev, Tensor(tgt))
