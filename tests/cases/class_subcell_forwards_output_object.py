# case: a sub-Cell (handed to its parent through the constructor) that forwards an output object built by its own sub-Cell to its parent (which reads a field) is no graph output: only the object's construction is blamed
import numpy as np
from dataclasses import dataclass
import mindspore as ms
from mindspore import nn, Tensor


@dataclass
class DecoderOutput:
    logits: Tensor


class BasicDecoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, z):
        return DecoderOutput(logits=self.fc(z))


class MultimodalDecoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.decoder = BasicDecoder()

    def construct(self, z):
        outputs = self.decoder(z)
        return outputs


class Model(nn.Cell):
    def __init__(self, decoder):
        super().__init__()
        self.decoder = decoder

    def construct(self, x):
        return self.decoder(x).logits * 2


class Autoencoder(nn.Cell):
    def __init__(self):
        super().__init__()
        decoder = MultimodalDecoder()
        self.model = Model(decoder=decoder)

    def construct(self, x):
        return self.model(x)


def make():
    return Autoencoder(), (Tensor(np.ones((2, 4), np.float32)),)
