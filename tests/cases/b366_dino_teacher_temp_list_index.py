# case: DINO teacher temperature warmup schedule held as a Python list and indexed with int(epoch) where epoch is a Tensor input -> Graph mode rejects the conversion
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def warmup_schedule(start, end, warmup_epochs, total_epochs):
    ramp = list(np.linspace(start, end, warmup_epochs))
    return [float(v) for v in ramp] + [float(end)] * (total_epochs - warmup_epochs)


class TeacherSharpening(nn.Cell):
    def __init__(self, warmup_temp=0.04, teacher_temp=0.07, warmup_epochs=5, epochs=20):
        super().__init__()
        self.temps = warmup_schedule(warmup_temp, teacher_temp, warmup_epochs, epochs)

    def _temp_for(self, epoch):
        return self.temps[int(epoch)]

    def construct(self, teacher_logits, center, epoch):
        temp = self._temp_for(epoch)
        return ops.softmax((teacher_logits - center) / temp, axis=-1)


def make():
    np.random.seed(3672)
    logits = Tensor(np.random.randn(4, 10).astype(np.float32))
    center = Tensor(np.zeros((1, 10), np.float32))
    return TeacherSharpening(), (logits, center, Tensor(3, ms.int32))
