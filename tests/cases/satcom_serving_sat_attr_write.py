# case: handover controller stores the newly chosen serving satellite index and its SNR as plain attributes on self inside construct -> attribute writes on self in Graph mode, may error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HandoverController(nn.Cell):
    def __init__(self, margin_db=2.0):
        super().__init__()
        self.margin = margin_db
        self.serving = 0
        self.last_snr = 0.0

    def construct(self, snr_db):
        best = ops.argmax(snr_db)
        best_snr = snr_db[best]
        cur_snr = snr_db[self.serving]
        switch = best_snr > cur_snr + self.margin
        new_serving = ops.select(switch, best, Tensor(self.serving, ms.int32))
        self.serving = new_serving
        self.last_snr = snr_db[new_serving]
        return new_serving, self.last_snr


def make():
    np.random.seed(11)
    snr = Tensor(np.random.uniform(0, 20, size=(7,)).astype(np.float32))
    return HandoverController(), (snr,)
