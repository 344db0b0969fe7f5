# case: forecaster with a HF-style return_dict flag (default False, never flipped) whose dataclass-output branch is never taken -> tuple path only; expected to compile
from dataclasses import dataclass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class ForecastConfig:
    seq_len: int = 48
    pred_len: int = 12
    enc_in: int = 5
    d_model: int = 32
    use_return_dict: bool = False
    output_hidden_states: bool = False


class ForecastOutput:
    def __init__(self, prediction, hidden_states=None):
        self.prediction = prediction
        self.hidden_states = hidden_states


class LinearForecaster(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.return_dict = config.use_return_dict
        self.output_hidden_states = config.output_hidden_states
        self.encoder = nn.Dense(config.seq_len, config.d_model)
        self.head = nn.Dense(config.d_model, config.pred_len)

    def construct(self, past_values, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.return_dict
        h = ops.relu(self.encoder(past_values.swapaxes(1, 2)))
        pred = self.head(h).swapaxes(1, 2)
        if not return_dict:
            outputs = (pred,) + ((h,) if self.output_hidden_states else ())
            return outputs
        return ForecastOutput(prediction=pred, hidden_states=h if self.output_hidden_states else None)


def make():
    np.random.seed(3422)
    x = Tensor(np.random.randn(4, 48, 5).astype(np.float32))
    return LinearForecaster(ForecastConfig()), (x,)
