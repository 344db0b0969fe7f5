# case: creates a plain Python LinkRecord object in construct, mutates its fields from tensor results and returns it -> Python object built and returned in Graph mode, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinkRecord:
    def __init__(self):
        self.sat = None
        self.snr = None
        self.ok = False


class LinkAssessor(nn.Cell):
    def __init__(self, min_snr_db=4.0):
        super().__init__()
        self.min_snr = min_snr_db

    def construct(self, snr_db):
        rec = LinkRecord()
        rec.sat = ops.argmax(snr_db)
        rec.snr = snr_db.max()
        rec.ok = rec.snr > self.min_snr
        return rec


def make():
    np.random.seed(19)
    snr = Tensor(np.random.uniform(0, 15, size=(6,)).astype(np.float32))
    return LinkAssessor(), (snr,)
