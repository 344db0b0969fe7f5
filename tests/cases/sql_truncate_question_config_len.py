# case: encoder truncates question tokens to max_question_len from the constructor and the schema tokens to max_schema_len before concatenating -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class JointEncoderInput(nn.Cell):
    def __init__(self, vocab=80, hidden=8, max_question_len=6, max_schema_len=5):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.segment = nn.Embedding(2, hidden)
        self.max_q = max_question_len
        self.max_s = max_schema_len

    def construct(self, question_ids, schema_ids):
        q = self.embed(question_ids[:, :self.max_q])
        s = self.embed(schema_ids[:, :self.max_s])
        q = q + self.segment(ops.zeros((1, self.max_q), ms.int32))
        s = s + self.segment(ops.ones((1, self.max_s), ms.int32))
        return ops.cat((q, s), axis=1)


def make():
    np.random.seed(38)
    q = Tensor(np.random.randint(1, 80, size=(2, 9)).astype(np.int32))
    s = Tensor(np.random.randint(1, 80, size=(2, 7)).astype(np.int32))
    return JointEncoderInput(), (q, s)
