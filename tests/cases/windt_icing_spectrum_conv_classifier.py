# case: icing classifier runs Conv1d layers over vibration spectra from three accelerometer axes and global-average-pools -> ordinary static CNN, static expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpectrumConvIcing(nn.Cell):
    def __init__(self, n_axes=3, n_classes=2, width=8):
        super().__init__()
        self.features = nn.SequentialCell([
            nn.Conv1d(n_axes, width, 5, pad_mode="same"),
            nn.BatchNorm1d(width),
            nn.ReLU(),
            nn.MaxPool1d(2, 2),
            nn.Conv1d(width, width * 2, 3, pad_mode="same"),
            nn.ReLU(),
        ])
        self.classifier = nn.Dense(width * 2, n_classes)

    def construct(self, spectra):
        log_spec = ops.log(spectra + 1e-4)
        h = self.features(log_spec)
        pooled = h.mean(axis=-1)
        return self.classifier(pooled)


def make():
    np.random.seed(29)
    spectra = Tensor(np.abs(np.random.randn(4, 3, 64)).astype(np.float32))
    net = SpectrumConvIcing()
    net.set_train(False)
    return net, (spectra,)
