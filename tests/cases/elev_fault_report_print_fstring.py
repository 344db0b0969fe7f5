# case: prints an f-string with the measured door-closing current and time inside construct as a fault log -> f-string formatting of tensor values in graph construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DoorCloseMonitor(nn.Cell):
    def __init__(self, sample_ms=10.0, max_close_ms=3500.0):
        super().__init__()
        self.sample_ms = sample_ms
        self.max_close_ms = max_close_ms

    def construct(self, current, position):
        closed = (position > 0.98).astype(ms.int32)
        first_closed = closed.argmax()
        close_ms = first_closed.astype(ms.float32) * self.sample_ms
        peak = current.max()
        print(f"door close took {close_ms} ms, peak current {peak} A")
        return close_ms > self.max_close_ms, peak


def make():
    np.random.seed(19)
    position = np.clip(np.linspace(0, 1.2, 40), 0, 1).astype(np.float32)
    current = np.random.normal(2.0, 0.3, (40,)).astype(np.float32)
    return DoorCloseMonitor(), (Tensor(current), Tensor(position))
