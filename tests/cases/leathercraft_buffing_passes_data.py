# case: buffing/sanding line, runs the nap-smoothing filter for as many passes as the operator's pass counter tensor says, collecting each pass -> for over range(int(tensor)) with list growth
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NapSmoother(nn.Cell):
    def __init__(self, alpha=0.3):
        super().__init__()
        self.alpha = alpha
        self.blur = nn.AvgPool1d(kernel_size=3, stride=1, pad_mode="same")

    def one_pass(self, profile):
        blurred = self.blur(profile.reshape(1, 1, -1)).reshape(-1)
        return (1 - self.alpha) * profile + self.alpha * blurred

    def construct(self, nap_profile, n_passes):
        history = []
        p = nap_profile
        for _ in range(int(n_passes)):
            p = self.one_pass(p)
            history.append(p)
        return ops.stack(history)


def make():
    np.random.seed(3101)
    prof = Tensor(np.random.rand(40).astype(np.float32))
    passes = Tensor(np.array(4, np.int32))
    return NapSmoother(), (prof, passes)
