# case: handover decision with hysteresis and time-to-trigger computed with ops.select on tensors rather than Python branches -> elementwise selection, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HysteresisHandover(nn.Cell):
    def __init__(self, margin_db=3.0, ttt_steps=2):
        super().__init__()
        self.margin = margin_db
        self.ttt = ttt_steps

    def construct(self, serving_snr, neighbor_snr, trigger_count, serving_id, neighbor_id):
        better = neighbor_snr > serving_snr + self.margin
        trigger_count = ops.select(better, trigger_count + 1, ops.zeros_like(trigger_count))
        do_ho = trigger_count >= self.ttt
        new_id = ops.select(do_ho, neighbor_id, serving_id)
        trigger_count = ops.select(do_ho, ops.zeros_like(trigger_count), trigger_count)
        return new_id, trigger_count


def make():
    np.random.seed(33)
    s = Tensor(np.random.uniform(0, 15, size=(6,)).astype(np.float32))
    n = Tensor(np.random.uniform(0, 20, size=(6,)).astype(np.float32))
    cnt = Tensor(np.random.randint(0, 3, size=(6,)).astype(np.int32))
    sid = Tensor(np.arange(6).astype(np.int32))
    nid = Tensor(np.arange(6, 12).astype(np.int32))
    return HysteresisHandover(), (s, n, cnt, sid, nid)
