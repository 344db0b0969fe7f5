# case: event-driven dense layer that only gathers weight rows of neurons that spiked -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal


class EventDrivenDense(nn.Cell):
    """Accumulates synaptic input only for presynaptic neurons that fired."""

    def __init__(self, in_features=12, out_features=5, use_bias=True):
        super().__init__()
        self.weight = Parameter(initializer(Normal(0.1), (in_features, out_features), ms.float32),
                                name="weight")
        self.use_bias = use_bias
        self.bias = Parameter(ops.zeros((out_features,), ms.float32), name="bias")

    def _active_rows(self, spikes):
        # spikes: (in_features,) binary vector of one sample
        active = ops.nonzero(spikes > 0).reshape(-1)
        return ops.gather(self.weight, active, 0)

    def construct(self, spike_batch):
        outs = []
        for b in range(spike_batch.shape[0]):
            rows = self._active_rows(spike_batch[b])
            current = rows.sum(axis=0)
            if self.use_bias:
                current = current + self.bias
            outs.append(current)
        return ops.stack(outs)


def make():
    np.random.seed(3)
    spikes = Tensor((np.random.rand(3, 12) > 0.6).astype(np.float32))
    return EventDrivenDense(), (spikes,)
