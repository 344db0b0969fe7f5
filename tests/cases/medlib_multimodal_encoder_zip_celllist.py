# case: multi-modal MRI encoder (T1/T2/FLAIR) accepts a tuple or a stacked tensor, zips modality inputs with a CellList of stems and fuses them with learned weights -> isinstance guard and zip over CellList resolved at compile time, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

MODALITIES = ("t1", "t2", "flair")


class EncoderConfig:
    def __init__(self, modalities=MODALITIES, channels=4, fusion="weighted"):
        self.modalities = modalities
        self.channels = channels
        self.fusion = fusion


class ModalityStem(nn.Conv3d):
    def __init__(self, out_channels):
        super().__init__(1, out_channels, 3, pad_mode="same", has_bias=True)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(super().construct(x))


class MultiModalEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_modalities = len(config.modalities)
        self.stems = nn.CellList([ModalityStem(config.channels) for _ in config.modalities])
        self.fusion = config.fusion
        self._build_fusion_weights()

    def _build_fusion_weights(self):
        init = np.full((self.num_modalities,), 1.0 / self.num_modalities, np.float32)
        self.fusion_w = Parameter(Tensor(init), name="fusion_w")

    def construct(self, inputs):
        if isinstance(inputs, (list, tuple)):
            views = inputs
        else:
            views = [inputs[:, i:i + 1] for i in range(self.num_modalities)]
        feats = [stem(v) for stem, v in zip(self.stems, views)]
        if self.fusion == "weighted":
            w = ops.softmax(self.fusion_w, axis=0)
            return sum(w[i] * f for i, f in enumerate(feats))
        return ops.cat(feats, axis=1)


def make():
    np.random.seed(35)
    x = Tensor(np.random.randn(1, 3, 8, 8, 8).astype(np.float32))
    return MultiModalEncoder(EncoderConfig()), (x,)
