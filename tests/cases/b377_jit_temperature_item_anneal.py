# case: @ms.jit distillation step anneals the temperature with math.exp on temperature.item() and the step count, then computes the softened KL -> expected error or fallback (.item() into Python math inside jit)
import math
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

T_MIN = 1.0
DECAY = 0.01


def annealed(t0, step):
    return max(T_MIN, t0 * math.exp(-DECAY * step))


@ms.jit
def distill_step(student_logits, teacher_logits, temperature, step):
    t = annealed(temperature.item(), step.item())
    log_p = ops.log_softmax(student_logits / t, axis=-1)
    q = ops.softmax(teacher_logits / t, axis=-1)
    kl = (q * (ops.log(q + 1e-8) - log_p)).sum(axis=-1).mean()
    return kl * t * t


def make():
    np.random.seed(3802)
    s = Tensor(np.random.randn(4, 10).astype(np.float32))
    t = Tensor(np.random.randn(4, 10).astype(np.float32))
    temperature = Tensor(4.0, ms.float32)
    step = Tensor(20, ms.int32)
    return distill_step, (s, t, temperature, step)
