# case: a masked LM loss that uses ops.masked_select to keep losses of masked tokens and then averages them, with a data-dependent intermediate size but scalar output; expected dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedLMLoss(nn.Cell):
    def __init__(self, hidden=8, vocab=20):
        super().__init__()
        self.decoder = nn.Dense(hidden, vocab)
        self.ce = nn.CrossEntropyLoss(reduction="none")

    def construct(self, sequence_output, labels, masked_positions):
        logits = self.decoder(sequence_output)
        vocab = logits.shape[-1]
        per_token = self.ce(logits.view(-1, vocab), labels.view(-1))
        kept = ops.masked_select(per_token, masked_positions.view(-1))
        loss = kept.sum() / (kept.shape[0] + 1e-6)
        return loss


def make():
    so = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    labels = Tensor(np.random.randint(0, 20, size=(2, 6)).astype(np.int32))
    mp = np.zeros((2, 6), np.bool_)
    mp[0, 1] = True
    mp[1, 3:5] = True
    return MaskedLMLoss(), (so, labels, Tensor(mp))
