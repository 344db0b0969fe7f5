# case: causal training loss for time-dependent PINNs splits the residual into config.n_chunks time windows and weights each by exp(-eps * cumulative earlier loss) -> loop over range(Python int) with cumsum and stop_gradient, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class CausalConfig:
    n_chunks: int = 8
    epsilon: float = 1.0
    return_weights: bool = True


class CausalResidualLoss(nn.Cell):
    def __init__(self, config: CausalConfig):
        super().__init__()
        self.n_chunks = config.n_chunks
        self.eps = config.epsilon
        self.return_weights = config.return_weights

    def _chunk_losses(self, residual):
        per_chunk = residual.shape[0] // self.n_chunks
        losses = [(residual[i * per_chunk:(i + 1) * per_chunk] ** 2).mean() for i in range(self.n_chunks)]
        return ops.stack(losses)

    def construct(self, residual):
        l_t = self._chunk_losses(residual)
        prior = ops.cumsum(l_t, 0) - l_t
        w = ops.stop_gradient(ops.exp(-self.eps * prior))
        loss = (w * l_t).mean()
        return (loss, w) if self.return_weights else loss


def make():
    np.random.seed(39)
    r = Tensor(np.random.randn(128, 1).astype(np.float32))
    return CausalResidualLoss(CausalConfig()), (r,)
