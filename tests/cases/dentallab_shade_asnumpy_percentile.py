# case: shade pipeline normalises tooth reflectance by the 95th percentile computed with NumPy on .asnumpy() inside construct -> graph mode should reject asnumpy/NumPy on a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReflectanceNormalizer(nn.Cell):
    def __init__(self, pct=95.0):
        super().__init__()
        self.pct = pct

    def construct(self, spectra):
        ref = np.percentile(spectra.asnumpy(), self.pct)
        return spectra / Tensor(ref, ms.float32)


class ShadeFromSpectra(nn.Cell):
    def __init__(self, n_bands=31, n_shades=16):
        super().__init__()
        self.norm = ReflectanceNormalizer()
        self.fc = nn.Dense(n_bands, n_shades)

    def construct(self, spectra):
        x = self.norm(spectra)
        return ops.log_softmax(self.fc(x), axis=-1)


def make():
    np.random.seed(328)
    spectra = np.random.uniform(0.2, 0.7, (6, 31)).astype(np.float32)
    return ShadeFromSpectra(), (Tensor(spectra),)
