# case: classic DKT with nn.LSTM over one-hot attempts predicts next-question correctness and picks it with a one-hot product -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DKT(nn.Cell):
    def __init__(self, num_questions=12, hidden=16, dropout=0.0):
        super().__init__()
        self.lstm = nn.LSTM(num_questions * 2, hidden, batch_first=True)
        self.dropout = nn.Dropout(p=dropout) if dropout > 0 else None
        self.out = nn.Dense(hidden, num_questions)

    def construct(self, attempts_onehot, next_q_onehot):
        h, _ = self.lstm(attempts_onehot)
        if self.dropout is not None:
            h = self.dropout(h)
        probs = ops.sigmoid(self.out(h))
        return (probs * next_q_onehot).sum(axis=-1)


def make():
    np.random.seed(31)
    nq = 12
    attempts = np.eye(nq * 2, dtype=np.float32)[np.random.randint(0, nq * 2, (3, 8))]
    nxt = np.eye(nq, dtype=np.float32)[np.random.randint(0, nq, (3, 8))]
    return DKT(nq), (Tensor(attempts), Tensor(nxt))
