# case: knowledge tracing loss masks padded attempts with arange < lengths (static size mask multiplied in) -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedKTLoss(nn.Cell):
    def __init__(self, num_questions=16, hidden=12):
        super().__init__()
        self.encoder = nn.Dense(num_questions * 2, hidden)
        self.decoder = nn.Dense(hidden, num_questions)
        self.bce = nn.BCEWithLogitsLoss(reduction='none')

    def sequence_mask(self, lengths, max_len):
        steps = ops.arange(max_len).astype(ms.int32)
        return (steps.reshape(1, -1) < lengths.reshape(-1, 1)).astype(ms.float32)

    def construct(self, one_hot_attempts, next_q_onehot, next_correct, lengths):
        batch, max_len, _ = one_hot_attempts.shape
        h = ops.tanh(self.encoder(one_hot_attempts))
        logits = self.decoder(h)
        pred = (logits * next_q_onehot).sum(axis=-1)
        loss = self.bce(pred, next_correct)
        mask = self.sequence_mask(lengths, max_len)
        return (loss * mask).sum() / ops.maximum(mask.sum(), 1.0)


def make():
    np.random.seed(2)
    batch, max_len, nq = 4, 9, 16
    attempts = np.eye(nq * 2, dtype=np.float32)[np.random.randint(0, nq * 2, (batch, max_len))]
    next_q = np.eye(nq, dtype=np.float32)[np.random.randint(0, nq, (batch, max_len))]
    next_correct = np.random.randint(0, 2, (batch, max_len)).astype(np.float32)
    lengths = np.array([9, 5, 3, 7], dtype=np.int32)
    return MaskedKTLoss(nq), (Tensor(attempts), Tensor(next_q), Tensor(next_correct), Tensor(lengths))
