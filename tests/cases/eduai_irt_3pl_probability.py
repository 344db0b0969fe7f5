# case: 3-parameter IRT model computes correct-answer probability from ability, difficulty, discrimination and guessing -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class IRT3PL(nn.Cell):
    def __init__(self, num_students=8, num_items=12, scale=1.7):
        super().__init__()
        self.theta = nn.Embedding(num_students, 1)
        self.b = nn.Embedding(num_items, 1)
        self.a = nn.Embedding(num_items, 1)
        self.c = nn.Embedding(num_items, 1)
        self.scale = scale

    def construct(self, student_ids, item_ids):
        theta = self.theta(student_ids).squeeze(-1)
        b = self.b(item_ids).squeeze(-1)
        a = ops.softplus(self.a(item_ids).squeeze(-1))
        c = ops.sigmoid(self.c(item_ids).squeeze(-1)) * 0.3
        logits = self.scale * a * (theta - b)
        return c + (1.0 - c) * ops.sigmoid(logits)


def make():
    np.random.seed(5)
    sid = Tensor(np.random.randint(0, 8, (16,)), ms.int32)
    iid = Tensor(np.random.randint(0, 12, (16,)), ms.int32)
    return IRT3PL(), (sid, iid)
