# case: decodes predicted residue ids to an amino-acid string inside construct using .tolist() and a Python dict lookup -> error or fallback in graph mode (host round trip, string result)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

AA = "ACDEFGHIKLMNPQRSTVWY"
ID_TO_AA = {i: a for i, a in enumerate(AA)}


class DesignDecoder(nn.Cell):
    def __init__(self, d_model=16):
        super().__init__()
        self.head = nn.Dense(d_model, len(AA))

    def construct(self, hidden):
        ids = ops.argmax(self.head(hidden), dim=-1)
        seq = ""
        for i in ids.tolist():
            seq = seq + ID_TO_AA[i]
        return seq


def make():
    np.random.seed(32)
    hidden = Tensor(np.random.randn(10, 16).astype(np.float32))
    return DesignDecoder(), (hidden,)
